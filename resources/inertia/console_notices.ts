import { ref, watch } from 'vue'

const MUTE_KEY = 'vejviser.console.muted'

/**
 * How the staff console gets a person's attention when a citizen writes or
 * a new conversation waits: a short chime (unless muted; the choice is kept
 * in this browser), the count in the tab title, and a polite aria-live
 * message for screen readers. `chimes` counts the chimes played, so a test
 * can tell a muted console from one that rang.
 */
export function useConsoleNotices(baseTitle: () => string) {
  const muted = ref(readMuted())
  const message = ref('')
  const chimes = ref(0)
  let audio: AudioContext | null = null

  watch(muted, (value) => {
    try {
      window.localStorage.setItem(MUTE_KEY, value ? '1' : '0')
    } catch {
      // Storage may be blocked; the toggle still works for this page.
    }
  })

  function chime() {
    if (muted.value) return
    chimes.value += 1
    try {
      audio ??= new AudioContext()
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = 880
      gain.gain.setValueAtTime(0.15, audio.currentTime)
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4)
      tone.connect(gain).connect(audio.destination)
      tone.start()
      tone.stop(audio.currentTime + 0.4)
    } catch {
      // No audio output (or autoplay refused before any click): the visual notice remains.
    }
  }

  /** A notice: the live-region text changes (read out) and the chime plays. */
  function notify(text: string) {
    // Re-set even when the text repeats, so the live region announces it again.
    message.value = ''
    queueMicrotask(() => (message.value = text))
    chime()
  }

  /** "(n) Samtaler": unread lines plus waiting conversations. */
  function badge(count: number) {
    document.title = `${count > 0 ? `(${count}) ` : ''}${baseTitle()}`
  }

  return { muted, message, chimes, notify, badge }
}

function readMuted() {
  try {
    return window.localStorage.getItem(MUTE_KEY) === '1'
  } catch {
    return false
  }
}
