// One line at the top of the page for what just happened, or why loading failed.
const notice = document.getElementById("notice");

export function showNotice(text, kind = "info") {
  notice.textContent = text;
  notice.className = `notice ${kind}`;
  notice.hidden = false;
}
