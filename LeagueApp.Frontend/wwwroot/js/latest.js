// Loads whose calls may overlap (a team picked while the page reloads, a live change during a write):
// every call fetches, but only the latest call's answer is shown, so that an older, slower answer
// never replaces a newer one.
export function latestOnly(fetch, show) {
  let latest = 0;
  return async (...args) => {
    const call = ++latest;
    const value = await fetch(...args);
    if (call === latest) {
      show(value);
    }
  };
}
