// Citizen pages: progressive enhancement only (everything works without it).
// 1. "Open now" from the opening hours, in the kommune's time zone.
// 2. Suggestions while typing in the search box (the public search API).
// 3. "Chat with us": the chat client is loaded only when the citizen asks.
;(function () {
  document.querySelectorAll('button[data-chat]').forEach(function (button) {
    button.hidden = false
    button.addEventListener('click', function () {
      button.disabled = true
      var place = document.createElement('div')
      button.parentNode.insertBefore(place, button.nextSibling)
      var start = function () {
        window.VejviserChat.mount(place, {
          kommune: button.getAttribute('data-kommune'),
          locale: document.documentElement.lang,
          callbackUrl: location.href.split('#')[0] + '#kontakt',
        })
      }
      if (window.VejviserChat) return start()
      var script = document.createElement('script')
      script.src = button.getAttribute('data-chat')
      script.onload = start
      document.head.appendChild(script)
    })
  })

  var DAYS = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }
  document.querySelectorAll('.open-now[data-windows]').forEach(function (el) {
    var windows = JSON.parse(el.getAttribute('data-windows') || '[]')
    if (!windows.length) return
    var parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: el.getAttribute('data-timezone'),
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date())
    var get = function (type) {
      return (
        parts.find(function (p) {
          return p.type === type
        }) || {}
      ).value
    }
    var day = DAYS[get('weekday')]
    var now = Number(get('hour')) * 60 + Number(get('minute'))
    var open = windows.some(function (w) {
      return w.day === day && now >= w.from && now < w.to
    })
    el.textContent = el.getAttribute(open ? 'data-open' : 'data-closed')
  })

  var input = document.querySelector('input[data-suggest]')
  var list = document.getElementById('portal-suggest')
  if (!input || !list || !window.fetch) return
  var timer,
    controller,
    active = -1
  var params = new URLSearchParams(location.search)
  var lang = params.get('lang')
  function close() {
    list.hidden = true
    list.innerHTML = ''
    input.setAttribute('aria-expanded', 'false')
    active = -1
  }
  function show(hits) {
    list.innerHTML = ''
    hits.forEach(function (hit, index) {
      var li = document.createElement('li')
      li.setAttribute('role', 'option')
      li.id = 'portal-suggest-' + index
      var a = document.createElement('a')
      a.href =
        '/k/' +
        input.getAttribute('data-kommune') +
        '/vejledning/' +
        hit.slug +
        (lang ? '?lang=' + lang : '')
      a.textContent = hit.title
      a.tabIndex = -1
      li.appendChild(a)
      list.appendChild(li)
    })
    list.hidden = hits.length === 0
    input.setAttribute('aria-expanded', hits.length ? 'true' : 'false')
  }
  input.addEventListener('input', function () {
    clearTimeout(timer)
    var q = input.value.trim()
    if (q.length < 2) return close()
    timer = setTimeout(function () {
      if (controller) controller.abort()
      controller = new AbortController()
      fetch(input.getAttribute('data-suggest') + '?limit=6&q=' + encodeURIComponent(q), {
        signal: controller.signal,
      })
        .then(function (r) {
          return r.ok ? r.json() : { hits: [] }
        })
        .then(function (data) {
          show(data.hits || [])
        })
        .catch(function () {})
    }, 150)
  })
  input.addEventListener('keydown', function (event) {
    var items = list.querySelectorAll('li')
    if (event.key === 'Escape') {
      // Keep the typed text (a search field clears itself on Escape) when closing the list.
      if (!list.hidden) {
        event.preventDefault()
        close()
      }
      return
    }
    if (
      !items.length ||
      (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Enter')
    )
      return
    if (event.key === 'Enter') {
      if (active >= 0) {
        event.preventDefault()
        items[active].querySelector('a').click()
      }
      return
    }
    event.preventDefault()
    if (active >= 0) items[active].removeAttribute('aria-selected')
    active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length
    items[active].setAttribute('aria-selected', 'true')
    input.setAttribute('aria-activedescendant', items[active].id)
  })
  document.addEventListener('click', function (event) {
    if (!list.contains(event.target) && event.target !== input) close()
  })
})()
