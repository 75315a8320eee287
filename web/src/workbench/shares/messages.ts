// The workbench's Shares tab (导购种草) messages, merged under `shares` when the workbench's router loads.
import { i18n } from '../../i18n'

const en = {
  shares: {
    tab: 'Shares',
    title: 'My shares',
    create: 'New post',
    postTitle: 'Title',
    body: 'What to say',
    pictures: 'Picture links (one a line)',
    findProduct: 'Find products by name or code',
    picked: 'Products in the post',
    publish: 'Publish',
    published: 'Published',
    copyLink: 'Copy link',
    copied: 'Link copied',
    poster: 'Poster',
    posterHint: 'Long-press to save, or scan to open',
    archive: 'Archive',
    archived: 'Archived',
    none: 'No posts yet',
    views: 'Views',
    visitors: 'Visitors',
    addToCarts: 'Add-to-carts',
    orders: 'Orders',
    sales: 'Sales',
    needProduct: 'Pick at least one product',
    failed: 'Something went wrong',
  },
}

const zhCN = {
  shares: {
    tab: '种草',
    title: '我的种草',
    create: '发布种草',
    postTitle: '标题',
    body: '推荐语',
    pictures: '图片链接（每行一个）',
    findProduct: '按名称或编码搜索商品',
    picked: '文中商品',
    publish: '发布',
    published: '已发布',
    copyLink: '复制链接',
    copied: '链接已复制',
    poster: '海报',
    posterHint: '长按保存，或扫码打开',
    archive: '下架',
    archived: '已下架',
    none: '还没有种草内容',
    views: '浏览',
    visitors: '访客',
    addToCarts: '加购',
    orders: '订单',
    sales: '销售额',
    needProduct: '请至少选择一个商品',
    failed: '出错了',
  },
}

i18n.global.mergeLocaleMessage('en', en)
i18n.global.mergeLocaleMessage('zh-CN', zhCN)
