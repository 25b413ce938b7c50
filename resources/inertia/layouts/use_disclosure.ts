import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * A disclosure menu's behaviour (button + panel): Esc closes it and puts
 * focus back on the button; a click or focus outside the wrapper closes it.
 * The panel holds ordinary links and buttons, so Tab moves through it.
 */
export function useDisclosure(wrapper: Ref<HTMLElement | null>, toggle: Ref<HTMLElement | null>) {
  const open = ref(false)

  function close(returnFocus = false) {
    if (!open.value) return
    open.value = false
    if (returnFocus) toggle.value?.focus()
  }

  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open.value) {
      event.preventDefault()
      close(true)
    }
  }

  function onOutside(event: Event) {
    const target = event.target as Node | null
    if (open.value && wrapper.value && target && !wrapper.value.contains(target)) close()
  }

  onMounted(() => {
    document.addEventListener('pointerdown', onOutside)
    document.addEventListener('focusin', onOutside)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('pointerdown', onOutside)
    document.removeEventListener('focusin', onOutside)
  })

  return { open, close, onKeydown, toggle: () => (open.value = !open.value) }
}
