// The write key is asked for once and kept in sessionStorage: it lives only as long as this tab.
const storageKey = "leagueapp.apiKey";
const dialog = document.getElementById("key-dialog");
const input = document.getElementById("key-input");
const state = document.getElementById("key-state");
const forgetButton = document.getElementById("key-forget");

forgetButton.addEventListener("click", forgetKey);
showState();

/** The stored key, or the one the user types now; null when they cancel. */
export async function requireKey() {
  const stored = sessionStorage.getItem(storageKey);
  if (stored) {
    return stored;
  }

  input.value = "";
  dialog.showModal();
  await new Promise(resolve => dialog.addEventListener("close", resolve, { once: true }));
  const typed = input.value.trim();
  input.value = "";
  if (dialog.returnValue !== "save" || !typed) {
    return null;
  }

  sessionStorage.setItem(storageKey, typed);
  showState();
  return typed;
}

export function forgetKey() {
  sessionStorage.removeItem(storageKey);
  showState();
}

function showState() {
  const known = sessionStorage.getItem(storageKey) !== null;
  state.textContent = known ? "API key set for this tab" : "No API key";
  forgetButton.hidden = !known;
}
