// The shop's guide post (导购种草) messages in English (under `post`).
const en = {
  by: 'Recommended by {name}',
  products: 'In this post',
  addToCart: 'Add to cart',
  added: 'Added to cart',
  goToCart: 'Go to cart',
  notSold: 'No longer sold',
  gone: 'This post is no longer available',
  failed: 'Something went wrong, please try again',
}

export default en
