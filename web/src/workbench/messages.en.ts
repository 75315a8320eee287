// The guide workbench's messages in English.
const en = {
  workbench: {
    title: 'Guide workbench',
    signIn: 'Sign in',
    login: 'Login',
    password: 'Password',
    failed: 'Sign-in failed',
    customers: 'My customers',
    sales: 'My sales',
    none: 'No customers bound to you yet: share your link.',
    shareLink: 'My share link',
    copied: 'Link copied',
    tier: 'Tier',
    lastPurchase: 'Last purchase',
    never: 'never',
    rfm: 'RFM',
    month: 'This month',
    rank: 'Rank {rank} of {of}',
    orders: 'Orders',
    netSales: 'Net sales',
    refunds: 'Refunds',
    served: 'Customers served',
    commission: 'Commission',
    clawedBack: 'Clawed back',
    ledger: 'Commission ledger',
    earned: 'Earned',
    reversed: 'Reversed',
    noEntries: 'No sales credited to you this month',
    signOut: 'Sign out',
  },
}

export default en
