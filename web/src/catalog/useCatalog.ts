// Catalog lookups: the category tree and the product brands. Failures leave the lists empty.
import { computed, shallowRef } from 'vue'
import { getAll, http } from '../api/http'
import type { CategoryNode, ProductBrand } from './types'
import type { Page } from '../api/types'

export function useCategoryTree() {
  const tree = shallowRef<CategoryNode[]>([])
  const byId = computed(() => {
    const m = new Map<string, CategoryNode>()
    const walk = (nodes: CategoryNode[]) => {
      for (const n of nodes) {
        m.set(n.id, n)
        walk(n.children ?? [])
      }
    }
    walk(tree.value)
    return m
  })
  async function load(): Promise<void> {
    try {
      const page = await http.get<Page<CategoryNode>>('/api/v1/categories')
      tree.value = page.items ?? []
    } catch (e) {
      console.warn('categories lookup failed', e)
    }
  }
  /** "Drinks / Tea" for a category id. */
  function pathOf(id: string | null | undefined): string {
    if (!id) return '—'
    const names: string[] = []
    let cur = byId.value.get(id)
    let guard = 0
    while (cur && guard++ < 50) {
      names.unshift(cur.name)
      cur = cur.parentId ? byId.value.get(cur.parentId) : undefined
    }
    return names.length ? names.join(' / ') : id
  }
  return { tree, byId, load, pathOf }
}

export function useProductBrands() {
  const brands = shallowRef<ProductBrand[]>([])
  async function load(): Promise<void> {
    try {
      brands.value = await getAll<ProductBrand>('/api/v1/product-brands')
    } catch (e) {
      console.warn('product brands lookup failed', e)
    }
  }
  return { brands, load }
}

/** A copy of the tree without `excludeId` and everything below it (for "move to" pickers). */
export function treeWithout(nodes: CategoryNode[], excludeId: string | null): CategoryNode[] {
  return nodes
    .filter((n) => n.id !== excludeId)
    .map((n) => ({ ...n, children: treeWithout(n.children ?? [], excludeId) }))
}
