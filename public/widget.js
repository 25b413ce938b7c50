/*
 * Vejviser widget — one tag on a kommune's own website:
 *   <script src="https://…/widget.js" data-kommune="340" async></script>
 * A button opens a panel: search as you type (public search API), the
 * answer inline (the guide's citizen level), and the contact options the
 * kommune offers for that area. Shadow DOM keeps styles apart both ways; no
 * cookies or storage; the chat client loads only when the citizen asks.
 * API strings are HTML-escaped text (the API's one rule): text goes in with
 * innerHTML, attributes get the decoded value.
 */
;(function () {
  'use strict'
  var script = document.currentScript
  if (!script || window.__vejviserWidget) return
  window.__vejviserWidget = true
  var code = script.getAttribute('data-kommune')
  var base = new URL(script.src).origin
  var api = base + '/api/v1/kommuner/' + encodeURIComponent(code)
  var L = {
    da: [
      'Få hjælp',
      'Spørg om hjælp',
      'Søg i vejledningen',
      'Skriv fx byggetilladelse',
      'Luk',
      'resultater',
      'Ingen resultater',
      'Tilbage',
      'Sådan gør du',
      'Det skal du have klar',
      'Gå til selvbetjening',
      'Sagsbehandlingstid',
      'Kontakt',
      'Ring mig op',
      'Telefonnummer',
      'Dag',
      'Fra kl.',
      'Til kl.',
      'Send',
      'Tak – vi ringer dig op.',
      'Tjek nummer og tidsrum (inden for telefontiden).',
      'Skriv til os',
      'Chat med os',
      'Hele vejledningen',
      'Telefontid',
      'Sådan gør vi i',
      'Gebyr',
      'kr.',
      'Hvad vil du spørge om?',
      'Fortsæt',
      'Måske svarer en af disse vejledninger på dit spørgsmål:',
      'Det besvarede mit spørgsmål',
      'Jeg har stadig brug for hjælp',
      'Godt – tak fordi du fortalte os det.',
    ],
    en: [
      'Get help',
      'Ask for help',
      'Search the guidance',
      'E.g. building permit',
      'Close',
      'results',
      'No results',
      'Back',
      'What to do',
      'Have this ready',
      'Go to self-service',
      'Processing time',
      'Contact',
      'Call me back',
      'Phone number',
      'Day',
      'From',
      'To',
      'Send',
      'Thank you – we will call you.',
      'Check the number and the window (within phone hours).',
      'Write to us',
      'Chat with us',
      'Full guidance',
      'Phone hours',
      'How we do it in',
      'Fee',
      'DKK',
      'What is your question?',
      'Continue',
      'One of these guides may answer your question:',
      'This answered my question',
      'I still need help',
      'Good – thank you for letting us know.',
    ],
    sv: [
      'Få hjälp',
      'Fråga om hjälp',
      'Sök i vägledningen',
      'Skriv t.ex. bygglov',
      'Stäng',
      'träffar',
      'Inga träffar',
      'Tillbaka',
      'Så gör du',
      'Det här behöver du ha redo',
      'Gå till e-tjänsten',
      'Handläggningstid',
      'Kontakt',
      'Ring upp mig',
      'Telefonnummer',
      'Dag',
      'Från kl.',
      'Till kl.',
      'Skicka',
      'Tack – vi ringer upp dig.',
      'Kontrollera numret och tiden (inom telefontiden).',
      'Skriv till oss',
      'Chatta med oss',
      'Hela vägledningen',
      'Telefontid',
      'Så gör vi i',
      'Avgift',
      'kr',
      'Vad vill du fråga om?',
      'Fortsätt',
      'Kanske svarar en av de här vägledningarna på din fråga:',
      'Det besvarade min fråga',
      'Jag behöver fortfarande hjälp',
      'Bra – tack för att du berättade.',
    ],
  }
  var DAYS = {
    da: { mon: 'man', tue: 'tir', wed: 'ons', thu: 'tor', fri: 'fre', sat: 'lør', sun: 'søn' },
    en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
    sv: { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tor', fri: 'fre', sat: 'lör', sun: 'sön' },
  }
  var lang = script.getAttribute('data-lang') || (document.documentElement.lang || 'da').slice(0, 2)
  var S = L[lang] || L.da
  var DAY = DAYS[lang] || DAYS.da
  var CSS =
    ':host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}' +
    '.open{position:fixed;right:16px;bottom:16px;z-index:2147483000;background:var(--b);color:#fff;border:2px solid #fff;border-radius:24px;padding:12px 18px;font-size:16px;font-weight:700;cursor:pointer;box-shadow:0 2px 8px rgb(0 0 0/30%)}' +
    '.panel{position:fixed;right:8px;bottom:8px;z-index:2147483001;width:min(400px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;background:#fff;color:#1b1f24;border:1px solid #6b7580;border-radius:10px;box-shadow:0 6px 24px rgb(0 0 0/30%);font-size:16px;line-height:1.5;transition:opacity .15s}' +
    '@media (prefers-reduced-motion:reduce){.panel{transition:none}}' +
    'header{display:flex;justify-content:space-between;align-items:center;background:var(--b);color:#fff;padding:8px 12px;border-radius:10px 10px 0 0}h2{font-size:18px;margin:0}h3{font-size:17px;margin:12px 0 4px}h4{font-size:16px;margin:10px 0 2px}' +
    '.body{padding:12px}label{display:block;font-weight:600;margin:8px 0 2px}input{width:100%;font:inherit;padding:8px;border:1px solid #6b7580;border-radius:6px}' +
    'button{font:inherit;cursor:pointer}.x{background:none;border:2px solid #fff;color:#fff;border-radius:6px;padding:2px 10px}' +
    '.act{background:#1b1f24;color:#fff;border:0;border-radius:6px;padding:8px 14px;margin-top:8px}.link{background:none;border:0;padding:0;color:#0b57a4;text-decoration:underline}' +
    'ul{padding-left:20px;margin:4px 0}.hits{list-style:none;padding:0}.hits li{border-bottom:1px solid #d5dbe1}.hits button{display:block;width:100%;text-align:left;background:none;border:0;padding:10px 4px;color:#0b57a4;text-decoration:underline}' +
    'a{color:#0b57a4}.ss{display:inline-block;background:#1d6b35;color:#fff;padding:10px 14px;border-radius:6px;font-weight:700;text-decoration:none;margin:6px 0}' +
    '.muted{color:#4a5460}.msg{border-left:4px solid #1d6b35;background:#e4f3e8;padding:6px 10px}.err{border-left:4px solid #a4161a;background:#fbe9e9;padding:6px 10px}' +
    ':focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1b1f24}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}mark{background:#fff3b0;color:inherit}'

  var host = document.createElement('div')
  host.setAttribute('data-vejviser-widget', code)
  var root = host.attachShadow({ mode: 'open' })
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
    var sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    root.adoptedStyleSheets = [sheet]
  } else {
    var style = document.createElement('style')
    style.textContent = CSS
    root.appendChild(style)
  }
  var config = null
  var opener = el(
    'button',
    { 'class': 'open', 'type': 'button', 'aria-expanded': 'false', 'aria-controls': 'vv-panel' },
    S[0]
  )
  var panel = el('section', {
    'class': 'panel',
    'id': 'vv-panel',
    'role': 'dialog',
    'aria-labelledby': 'vv-title',
  })
  panel.hidden = true
  root.appendChild(opener)
  root.appendChild(panel)
  document.body.appendChild(host)
  host.style.setProperty('--b', '#0b4f6c')

  function el(tag, attrs, html) {
    var node = document.createElement(tag)
    for (var key in attrs || {}) node.setAttribute(key, attrs[key])
    if (html !== undefined) node.innerHTML = html
    return node
  }
  // API strings arrive HTML-escaped (the API's one rule): safe as HTML text and attribute values.
  function text(value) {
    return value == null ? '' : String(value)
  }
  function decode(html) {
    return new DOMParser().parseFromString(html, 'text/html').documentElement.textContent
  }
  function get(path) {
    return fetch(api + path, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(r.status)
      return r.json()
    })
  }

  opener.addEventListener('click', function () {
    panel.hidden ? open() : close()
  })
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close()
  })

  function open() {
    opener.setAttribute('aria-expanded', 'true')
    panel.hidden = false
    if (!config) {
      get('/widget').then(
        function (data) {
          config = data
          host.style.setProperty('--b', data.brandColor)
          renderSearch()
        },
        function () {
          renderSearch()
        }
      )
    }
    renderSearch()
  }
  function close() {
    panel.hidden = true
    opener.setAttribute('aria-expanded', 'false')
    opener.focus()
  }

  var query = ''
  var timer
  // One screen of the panel: the heading (with Close) and an empty body, returned.
  function screen(title) {
    panel.innerHTML = ''
    var head = el('header', {}, '<h2 id="vv-title">' + title + '</h2>')
    var x = el('button', { class: 'x', type: 'button' }, S[4])
    x.addEventListener('click', close)
    head.appendChild(x)
    var body = el('div', { class: 'body' })
    panel.appendChild(head)
    panel.appendChild(body)
    return body
  }
  function button(html, cls, onclick) {
    var b = el('button', { type: 'button', class: cls }, html)
    b.addEventListener('click', onclick)
    return b
  }

  function renderSearch() {
    asking = null
    var name = config ? text(config.name) : ''
    var body = screen(S[1] + (name ? ' – ' + name : ''))
    body.appendChild(el('label', { for: 'vv-q' }, S[2]))
    var input = el('input', { id: 'vv-q', type: 'search', autocomplete: 'off', placeholder: S[3] })
    input.value = query
    var status = el('p', { 'class': 'sr', 'role': 'status', 'aria-live': 'polite' })
    var list = el('ul', { class: 'hits' })
    input.addEventListener('input', function () {
      query = input.value
      clearTimeout(timer)
      timer = setTimeout(function () {
        search(query, list, status)
      }, 180)
    })
    body.appendChild(input)
    body.appendChild(status)
    body.appendChild(list)
    if (config && config.chatPath)
      body.appendChild(
        button(S[22], 'act', function () {
          ask(null)
        })
      )
    input.focus()
    if (query.trim().length > 1) search(query, list, status)
  }

  function search(q, list, status) {
    if (q.trim().length < 2) {
      list.innerHTML = ''
      status.textContent = ''
      return
    }
    get('/search?limit=6&q=' + encodeURIComponent(q)).then(
      function (data) {
        if (q !== query) return
        list.innerHTML = ''
        data.hits.forEach(function (hit) {
          var item = el('li')
          var button = el('button', { type: 'button' }, hit.title)
          button.addEventListener('click', function () {
            answer(decode(hit.slug))
          })
          item.appendChild(button)
          list.appendChild(item)
        })
        status.textContent = data.hits.length ? data.hits.length + ' ' + S[5] : S[6]
      },
      function () {}
    )
  }

  function answer(slug) {
    get('/guides/' + encodeURIComponent(slug)).then(
      function (guide) {
        var body = screen(text(guide.title))
        // From the step before a chat, Back returns to its suggestions.
        var back = button('← ' + S[7], 'link', asking === null ? renderSearch : suggested)
        body.appendChild(back)
        if (asking !== null) body.appendChild(choices(slug))
        var c = guide.citizen
        var html = '<p>' + text(c.intro) + '</p>'
        if (guide.selfService)
          html +=
            '<a class="ss" rel="noopener" target="_blank" href="' +
            text(guide.selfService.url) +
            '">' +
            S[10] +
            ': ' +
            text(guide.selfService.name) +
            '</a>'
        if (c.todo.length)
          html +=
            '<h3>' +
            S[8] +
            '</h3><ul>' +
            c.todo
              .map(function (t) {
                return '<li>' + text(t) + '</li>'
              })
              .join('') +
            '</ul>'
        if (c.haveReady.length)
          html +=
            '<h3>' +
            S[9] +
            '</h3><ul>' +
            c.haveReady
              .map(function (t) {
                return '<li>' + text(t) + '</li>'
              })
              .join('') +
            '</ul>'
        var local = guide.local
        if (local && (local.processText || local.waitingTime || local.fees.length)) {
          html += '<h3>' + S[25] + ' ' + text(config ? config.name : '') + '</h3>'
          if (local.processText) html += '<p class="local">' + text(local.processText) + '</p>'
          if (local.waitingTime)
            html +=
              '<p><strong>' +
              S[11] +
              ':</strong> <span class="waiting">' +
              text(local.waitingTime) +
              '</span></p>'
          local.fees.forEach(function (fee) {
            html +=
              '<p><strong>' +
              S[26] +
              ':</strong> ' +
              text(fee.label) +
              ' ' +
              text(fee.amountDkk) +
              ' ' +
              S[27] +
              '</p>'
          })
        }
        html += '<p><a href="' + base + guide.path + '">' + S[23] + '</a></p>'
        body.insertAdjacentHTML('beforeend', html)
        body.appendChild(contact(guide))
        back.focus()
      },
      function () {}
    )
  }

  // Before a chat (issue 17): the question, then the guides that may answer it.
  var asking = null
  var from = null
  var hits = []
  var opened = ''
  var sid = ''
  function note(step, slug) {
    // An anonymous session: a random key in this page's memory only (no cookie, no storage).
    sid =
      sid ||
      Array.prototype.map
        .call(crypto.getRandomValues(new Uint8Array(12)), function (b) {
          return (b + 256).toString(16).slice(1)
        })
        .join('')
    var form = new URLSearchParams({ session: sid, step: step })
    if (slug) form.set('slug', slug)
    fetch(api + '/deflection', { method: 'POST', credentials: 'omit', body: form }).catch(
      function () {}
    )
  }
  function ask(guide) {
    from = guide
    var body = screen(S[22])
    body.appendChild(button('← ' + S[7], 'link', renderSearch))
    var form = el(
      'form',
      {},
      '<label for="vv-ask">' +
        S[28] +
        '</label><input id="vv-ask" required maxlength="500" autocomplete="off"><button class="act">' +
        S[29] +
        '</button>'
    )
    var input = form.querySelector('input')
    input.value = query
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      asking = input.value.trim()
      if (!asking) return
      note('asked')
      var title = from ? decode(from.title) : document.title
      get(
        '/deflection?q=' + encodeURIComponent(asking) + '&title=' + encodeURIComponent(title)
      ).then(
        function (data) {
          hits = data.hits
          suggested()
        },
        function () {
          hits = []
          suggested()
        }
      )
    })
    body.appendChild(form)
    input.focus()
  }
  function suggested() {
    var body = screen(S[22])
    body.appendChild(button('← ' + S[7], 'link', renderSearch))
    body.appendChild(el('p', {}, S[30]))
    var list = el('ul', { class: 'hits' })
    hits.forEach(function (hit) {
      var item = el('li')
      item.appendChild(
        button(hit.title, '', function () {
          opened = decode(hit.slug)
          note('opened', opened)
          answer(opened)
        })
      )
      list.appendChild(item)
    })
    body.appendChild(list)
    body.appendChild(choices(''))
    body.querySelector('button').focus()
  }
  function choices(slug) {
    var box = el('div', { class: 'choices' })
    box.appendChild(
      button(S[31], 'act', function () {
        note('helpful', slug || opened)
        box.innerHTML = ''
        box.appendChild(el('p', { class: 'msg', role: 'status' }, S[33]))
      })
    )
    box.appendChild(
      button(S[32], 'act', function () {
        this.disabled = true
        note('chat')
        chat(from, asking)
      })
    )
    return box
  }
  function chat(guide, question) {
    // The chat client loads only now; it may use storage once the citizen starts a chat.
    var place = document.createElement('div')
    place.setAttribute('data-vejviser-chat-panel', code)
    document.body.appendChild(place)
    var start = function () {
      window.VejviserChat.mount(place, {
        kommune: code,
        locale: lang,
        baseUrl: base,
        pageUrl: guide ? base + decode(guide.path) : location.href,
        pageTitle: guide ? decode(guide.title) : document.title,
        callbackUrl: guide ? base + decode(guide.path) + '#kontakt' : undefined,
        question: question,
      })
      close()
    }
    if (window.VejviserChat) return start()
    var s = document.createElement('script')
    s.src = base + decode(config.chatPath)
    s.onload = start
    document.head.appendChild(s)
  }

  function contact(guide) {
    var box = el('div', { class: 'contact' })
    box.appendChild(el('h3', {}, S[12]))
    var who = guide.contact || (config && config.contact)
    if (who) {
      box.insertAdjacentHTML(
        'beforeend',
        '<p>' +
          text(who.unit) +
          (who.phone
            ? '<br><a href="tel:' +
              text(who.phone.replace(/\s+/g, '')) +
              '">' +
              text(who.phone) +
              '</a>'
            : '') +
          '</p>'
      )
    }
    if (guide.reach.email)
      box.insertAdjacentHTML(
        'beforeend',
        '<p><a href="mailto:' + text(guide.reach.email) + '">' + S[21] + '</a></p>'
      )
    // "Chat with us" first shows the guides that answer the question (asked for here).
    if (guide.reach.chat && config && config.chatPath && asking === null)
      box.appendChild(
        button(S[22], 'act', function () {
          ask(guide)
        })
      )
    if (guide.reach.callback) box.appendChild(callbackForm(guide))
    return box
  }

  function callbackForm(guide) {
    var form = el('form', { 'aria-labelledby': 'vv-cb' })
    var hours = (config && config.callbackHours) || []
    form.innerHTML =
      '<h4 id="vv-cb">' +
      S[13] +
      '</h4>' +
      (hours.length
        ? '<p class="muted">' +
          S[24] +
          ': ' +
          hours
            .map(function (h) {
              return DAY[h.day] + ' ' + text(h.opens) + '–' + text(h.closes)
            })
            .join(', ') +
          '</p>'
        : '') +
      '<label for="vv-phone">' +
      S[14] +
      '</label><input id="vv-phone" name="phone" type="tel" autocomplete="tel" required>' +
      '<label for="vv-date">' +
      S[15] +
      '</label><input id="vv-date" name="date" type="date" required>' +
      '<label for="vv-from">' +
      S[16] +
      '</label><input id="vv-from" name="from" type="time" required>' +
      '<label for="vv-to">' +
      S[17] +
      '</label><input id="vv-to" name="to" type="time" required>' +
      '<button class="act" type="submit">' +
      S[18] +
      '</button><p role="status" aria-live="polite"></p>'
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var out = form.querySelector('[role=status]')
      // A simple (form-encoded) request: no preflight, and CORS decides whether we may read the answer.
      fetch(api + '/guides/' + encodeURIComponent(guide.slug) + '/callback', {
        method: 'POST',
        credentials: 'omit',
        body: new URLSearchParams(new FormData(form)),
      }).then(
        function (r) {
          out.className = r.ok ? 'msg' : 'err'
          out.textContent = r.ok ? S[19] : S[20]
        },
        function () {
          out.className = 'err'
          out.textContent = S[20]
        }
      )
    })
    return form
  }
})()
