// What a capability of the console (org, catalog, inventory, ...) brings: its routes under the main layout,
// its menu entries and its messages. Each capability folder's index.ts exports one; capabilities.ts lists them
// in menu order, and the router, the menu and i18n read that list.
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

export interface NavEntry {
  /** The route the entry opens (by name). */
  route: string
  path: string
  /** i18n key of the entry's label. */
  label: string
  /** The entry's test hook, `nav-<something>`. */
  test: string
  icon: Component
  /** Permission needed to see the entry; everyone sees it without one. */
  permission?: string
  /** Other routes (a detail page, an editor) under which this entry stays highlighted. */
  alsoFor?: string[]
}

export interface Capability {
  key: string
  /** i18n key of the menu group's title; no title for the first group. */
  title?: string
  routes: RouteRecordRaw[]
  nav: NavEntry[]
  /** The capability's messages, merged into the console's by i18n/index.ts (same keys in both languages). */
  messages?: { en: object; 'zh-CN': object }
}

export function defineCapability(capability: Capability): Capability {
  return capability
}
