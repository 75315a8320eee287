// 商城导购种草页的文案（`post` 下）。
const zhCN = {
  by: '{name} 推荐',
  products: '文中好物',
  addToCart: '加入购物车',
  added: '已加入购物车',
  goToCart: '去购物车',
  notSold: '已停售',
  gone: '该内容已下架',
  failed: '出错了，请重试',
}

export default zhCN
