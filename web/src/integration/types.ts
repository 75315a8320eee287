// The integration module's API types: webhook endpoints, deliveries and the event feed.

export interface WebhookEndpoint {
  id: string
  url: string
  /** The event types sent; empty = every type. */
  eventTypes: string[]
  description: string
  enabled: boolean
  failing: boolean
  failingSince?: string | null
  previousSecretUntil?: string | null
  version: number
  createdAt: string
  updatedAt: string
}

/** An endpoint just made or with a new secret: the only answer that carries the secret. */
export interface IssuedWebhookEndpoint extends WebhookEndpoint {
  secret: string
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED'
export const DELIVERY_STATUSES: DeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED']

export interface WebhookDelivery {
  id: string
  endpointId: string
  eventId: string
  eventType: string
  test: boolean
  redeliveryOf?: string | null
  status: DeliveryStatus
  attempts: number
  nextAttemptAt?: string | null
  lastAttemptAt?: string | null
  lastStatusCode?: number | null
  lastLatencyMs?: number | null
  lastResponse?: string | null
  lastError?: string | null
  deliveredAt?: string | null
  createdAt: string
}

export interface DeliveryAttempt {
  number: number
  startedAt: string
  statusCode?: number | null
  latencyMs?: number | null
  responseExcerpt?: string | null
  error?: string | null
}

export interface WebhookDeliveryDetail extends WebhookDelivery {
  body: string
  history: DeliveryAttempt[]
}

/** One event of GET /api/v1/events (the pull feed). */
export interface FeedEvent {
  id: string
  type: string
  version: number
  aggregateId: string
  occurredAt: string
  data: unknown
}

export interface FeedPage {
  items: FeedEvent[]
  nextCursor?: string | null
}
