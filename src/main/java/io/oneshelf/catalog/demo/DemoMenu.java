package io.oneshelf.catalog.demo;

import static io.oneshelf.catalog.SalesChannel.GROUP_BUY;
import static io.oneshelf.catalog.SalesChannel.GUIDE;
import static io.oneshelf.catalog.SalesChannel.ONLINE_MALL;
import static io.oneshelf.catalog.SalesChannel.POS;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.SpecAttribute;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the demo tea-and-bakery brand sells, as a table: a category tree, product brands, and product lines whose
 * products share a category, brand, unit, spec attributes and channels. Prices are in fen.
 */
final class DemoMenu {

    record Category(String code, String parent, String name) {
    }

    record Brand(String code, String name) {
    }

    /**
     * A product with its list prices: one price for all its SKUs, or one per value of the line's first spec
     * attribute (中杯, 大杯). {@code online} prices, when given, are channel prices for the online mall.
     */
    record Item(String name, long[] prices, long[] online) {

        Item online(long... fen) {
            return new Item(name, prices, fen);
        }
    }

    /** Products that differ only in name and price. {@code goldPercent} &gt; 0 adds a GOLD member price. */
    record Line(String category, String codePrefix, String brand, String unit, Set<SalesChannel> channels,
                int goldPercent, List<SpecAttribute> specs, List<Item> items) {
    }

    static final String GOLD = "GOLD";

    static final List<Category> CATEGORIES = List.of(
            new Category("DRINK", null, "饮品"), new Category("MILK-TEA", "DRINK", "奶茶"),
            new Category("FRUIT-TEA", "DRINK", "果茶"), new Category("BAKERY", null, "烘焙"),
            new Category("CAKE", "BAKERY", "蛋糕"), new Category("BREAD", "BAKERY", "面包"),
            new Category("TEA", null, "茶叶"), new Category("MERCH", null, "周边"),
            new Category("SERVICE", null, "次卡"));

    static final List<Brand> BRANDS = List.of(new Brand("YIJIA", "壹架茶饮"), new Brand("YIJIA-BAKERY", "壹架烘焙"),
            new Brand("YUNLING", "云岭茶园"));

    private static final SpecAttribute CUP = spec("杯型", "中杯", "大杯");
    private static final SpecAttribute HOT_OR_ICED = spec("温度", "冰", "热");
    private static final SpecAttribute ICE = spec("温度", "冰", "少冰");
    private static final SpecAttribute CAKE_SIZE = spec("尺寸", "6寸", "8寸");
    private static final SpecAttribute LOAF = spec("规格", "半条", "整条");
    private static final SpecAttribute PACK_OF_4 = spec("规格", "单个", "4个装");
    private static final SpecAttribute WEIGHT = spec("规格", "50g", "100g", "250g");
    private static final Set<SalesChannel> DRINKS = EnumSet.of(POS, ONLINE_MALL, GROUP_BUY);
    private static final Set<SalesChannel> BAKED = EnumSet.of(POS, ONLINE_MALL, GUIDE);
    private static final Set<SalesChannel> GOODS = EnumSet.allOf(SalesChannel.class);
    private static final Set<SalesChannel> SERVICES = EnumSet.of(POS, ONLINE_MALL, GUIDE);
    /** A prepaid card of ten drinks: the voucher module's demo sells it as a service voucher (decision 0033). */
    static final String TEN_DRINKS = "奶茶 10 杯卡";

    static final List<Line> LINES = List.of(
            new Line("MILK-TEA", "MT", "YIJIA", "杯", DRINKS, 0, List.of(CUP, HOT_OR_ICED), List.of(
                    item("珍珠奶茶", 1500, 1800).online(1600, 1900), item("椰果奶茶", 1500, 1800),
                    item("布丁奶茶", 1600, 1900), item("红豆奶茶", 1600, 1900), item("芋泥波波奶茶", 1900, 2200),
                    item("黑糖珍珠鲜奶", 2000, 2300), item("焦糖奶茶", 1700, 2000), item("抹茶拿铁", 2200, 2500),
                    item("乌龙奶茶", 1800, 2100), item("茉莉奶绿", 1600, 1900), item("炭烧烤奶", 1700, 2000),
                    item("奥利奥奶茶", 1800, 2100), item("芝士奶盖红茶", 2100, 2400), item("桂花酒酿奶茶", 2300, 2600),
                    item("生椰拿铁", 2200, 2500), item("黑糖波波牛乳", 2000, 2300))),
            new Line("FRUIT-TEA", "FT", "YIJIA", "杯", DRINKS, 0, List.of(CUP, ICE), List.of(
                    item("多肉葡萄", 2400, 2700), item("芝芝莓莓", 2500, 2800), item("满杯橙橙", 2200, 2500),
                    item("杨枝甘露", 2300, 2600), item("西瓜啵啵", 2000, 2300), item("芒果椰椰", 2300, 2600))),
            new Line("FRUIT-TEA", "FT", "YIJIA", "杯", DRINKS, 0, List.of(CUP, HOT_OR_ICED), List.of(
                    item("柠檬红茶", 1500, 1800), item("百香果绿茶", 1600, 1900), item("金桔柠檬", 1500, 1800),
                    item("蜜桃乌龙", 1900, 2200))),
            new Line("CAKE", "CK", "YIJIA-BAKERY", "个", BAKED, 90, List.of(CAKE_SIZE), List.of(
                    item("草莓奶油蛋糕", 16800, 22800), item("芒果千层蛋糕", 15800, 21800), item("黑森林蛋糕", 16800, 23800),
                    item("提拉米苏蛋糕", 14800, 20800), item("巴斯克芝士蛋糕", 12800, 18800),
                    item("抹茶红豆蛋糕", 15800, 21800), item("榴莲千层蛋糕", 19800, 26800),
                    item("生日水果蛋糕", 17800, 24800), item("红丝绒蛋糕", 15800, 22800), item("经典戚风蛋糕", 9800, 13800))),
            new Line("BREAD", "BR", "YIJIA-BAKERY", "条", BAKED, 0, List.of(LOAF), List.of(
                    item("原味吐司", 1200, 2200), item("全麦吐司", 1400, 2600))),
            new Line("BREAD", "BR", "YIJIA-BAKERY", "个", BAKED, 0, List.of(PACK_OF_4), List.of(
                    item("牛角可颂", 900, 3200), item("肉松小贝", 800, 2800), item("葡式蛋挞", 700, 2600),
                    item("咸蛋黄酥", 900, 3200))),
            new Line("BREAD", "BR", "YIJIA-BAKERY", "个", BAKED, 0, List.of(), List.of(
                    item("菠萝包", 600), item("法式长棍", 1000), item("蒜香面包", 1200), item("红豆餐包", 1500),
                    item("奶酪包", 1500), item("肉桂卷", 1300))),
            new Line("TEA", "TE", "YUNLING", "罐", GOODS, 90, List.of(WEIGHT), List.of(
                    item("西湖龙井", 6800, 12800, 29800).online(6500, 12300, 28800),
                    item("安溪铁观音", 4800, 8800, 19800), item("云南普洱熟茶", 5800, 9800, 21800),
                    item("正山小种", 5200, 9600, 21800), item("茉莉花茶", 3800, 6800, 14800),
                    item("白毫银针", 8800, 16800, 38800), item("冻顶乌龙", 5800, 10800, 23800),
                    item("祁门红茶", 4800, 8800, 19800))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0, List.of(spec("颜色", "白色", "黑色", "樱花粉", "薄荷绿")),
                    List.of(item("陶瓷马克杯", 5900))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0, List.of(spec("颜色", "米白", "藏青", "墨绿")), List.of(
                    item("帆布托特包", 4900), item("环保吸管套装", 2900))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0, List.of(spec("颜色", "白色", "黑色", "樱花粉")), List.of(
                    item("不锈钢保温杯500ml", 12800))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0, List.of(spec("颜色", "透明", "烟灰")), List.of(
                    item("玻璃随行杯", 6900))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0, List.of(spec("颜色", "黑色", "米白")), List.of(
                    item("晴雨折叠伞", 7900))),
            new Line("MERCH", "MC", "YIJIA", "件", GOODS, 0,
                    List.of(spec("颜色", "白色", "黑色"), spec("尺码", "S", "M", "L", "XL")), List.of(
                    item("品牌纯棉T恤", 9900))),
            new Line("MERCH", "MC", "YIJIA", "套", GOODS, 0, List.of(), List.of(
                    item("旅行茶具套装", 19800), item("冰箱贴", 1500))),
            new Line("SERVICE", "SV", "YIJIA", "张", SERVICES, 0, List.of(), List.of(item(TEN_DRINKS, 15000))));

    private DemoMenu() {
    }

    private static SpecAttribute spec(String name, String... values) {
        return new SpecAttribute(name, List.of(values));
    }

    private static Item item(String name, long... prices) {
        return new Item(name, prices, new long[0]);
    }
}
