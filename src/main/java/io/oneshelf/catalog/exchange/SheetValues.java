package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.SalesChannel;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How cell texts of the product sheet read and write: spec values ({@code 颜色=红;尺码=M}), barcode and channel
 * lists, prices in yuan with at most two decimals (to integer fen, never through floating point), shelf status
 * and channels by enum name or Chinese label. Reading and writing are inverse, so an export imports unchanged.
 */
final class SheetValues {

    /** What a product's shelf status is called in a sheet, by enum name or label. */
    enum ShelfStatus {
        DRAFT("草稿"), ON_SHELF("已上架"), OFF_SHELF("已下架");

        final String label;

        ShelfStatus(String label) {
            this.label = label;
        }
    }

    static final Map<SalesChannel, String> CHANNEL_LABELS = Map.of(SalesChannel.ONLINE_MALL, "线上商城",
            SalesChannel.POS, "门店收银", SalesChannel.GUIDE, "导购", SalesChannel.GROUP_BUY, "团购");
    private static final Pattern LIST = Pattern.compile("\\s*[;；,，、]\\s*");
    private static final Pattern YUAN = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private SheetValues() {
    }

    /** Parses "颜色=红;尺码=M"; empty for a blank cell. */
    static Map<String, String> specs(String text) {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String pair : items(text)) {
            int eq = pair.indexOf('=') >= 0 ? pair.indexOf('=') : pair.indexOf('＝');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadCell("import.cell.spec-format", pair);
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (name.length() > 30 || value.length() > 30) {
                throw new BadCell("import.cell.spec-too-long", 30);
            }
            if (specs.put(name, value) != null) {
                throw new BadCell("import.cell.spec-twice", name);
            }
        }
        if (specs.size() > 5) {
            throw new BadCell("import.cell.too-many-specs", 5);
        }
        return specs;
    }

    static String specs(Map<String, String> specs) {
        return specs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** Items separated by ; , or their full-width forms; blanks dropped. */
    static List<String> items(String text) {
        return text == null || text.isBlank() ? List.of()
                : LIST.splitAsStream(text.trim()).filter(s -> !s.isBlank()).toList();
    }

    /** "12.5" or "12.50" yuan to 1250 fen. */
    static long fen(String yuan) {
        if (!YUAN.matcher(yuan).matches()) {
            throw new BadCell("import.cell.price");
        }
        int dot = yuan.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(yuan) * 100;
        }
        String decimals = (yuan.substring(dot + 1) + "00").substring(0, 2);
        return Long.parseLong(yuan.substring(0, dot)) * 100 + Long.parseLong(decimals);
    }

    static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    static Set<SalesChannel> channels(String text) {
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        for (String item : items(text)) {
            channels.add(channel(item).orElseThrow(() -> new BadCell("import.cell.channel", item)));
        }
        return channels;
    }

    static String channels(Set<SalesChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    static ShelfStatus status(String text) {
        for (ShelfStatus s : ShelfStatus.values()) {
            if (s.name().equalsIgnoreCase(text.trim()) || s.label.equals(text.trim())) {
                return s;
            }
        }
        throw new BadCell("import.cell.status");
    }

    private static Optional<SalesChannel> channel(String item) {
        for (SalesChannel c : SalesChannel.values()) {
            if (c.name().equalsIgnoreCase(item) || CHANNEL_LABELS.get(c).equals(item)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
