// Distribution's messages in English; merged into the console's messages by i18n/index.ts.
const en = {
  nav: { groupDistribution: 'Distribution', distributors: 'Distributors', withdrawals: 'Withdrawals' },
  distribution: {
    distributors: 'Distributors',
    withdrawals: 'Withdrawals',
    allStatuses: 'All statuses',
    code: 'Share code',
    level: 'Level',
    status: 'Status',
    invited: 'Invited',
    yes: 'Yes',
    appliedAt: 'Applied',
    actions: 'Actions',
    statuses: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected', FROZEN: 'Frozen' },
    decide: { APPROVED: 'Approve', REJECTED: 'Reject', FROZEN: 'Freeze', PENDING: 'Pending' },
    decided: { APPROVED: 'Approved', REJECTED: 'Rejected', FROZEN: 'Frozen', PENDING: 'Pending' },
    requestedAt: 'Requested',
    amount: 'Amount (¥)',
    transfer: 'Transfer',
    pay: 'Approve and pay',
    reject: 'Reject',
    withdrawalStatuses: { REQUESTED: 'Requested', PAID: 'Paid', REJECTED: 'Rejected', FAILED: 'Failed' },
    checkSummary: '{orders} orders: ¥{earned} earned, ¥{settled} settled, ¥{paid} paid out.',
    reconciled: 'Ledgers reconcile',
    differences: '{n} differences',
  },
}

export default en
