// Loads everything from the API, and again after every change: the page's own, or anyone's (live.js).
import { getJson } from "./api.js";
import { setOptions } from "./dom.js";
import { loadTransferPlayers, wireForms } from "./forms.js";
import { renderCapitalChart, renderTable } from "./league.js";
import { followLeague } from "./live.js";
import { showNotice } from "./notice.js";
import { loadSquad, renderBest, renderTop } from "./players.js";

const squadTeam = document.getElementById("squad-team");
const transferForm = document.getElementById("transfer-form");
const createForm = document.getElementById("create-form");
const topForm = document.getElementById("top-form");

async function refresh() {
  document.body.dataset.state = "loading";
  try {
    const teams = await getJson("/api/teams");
    renderTable(teams);
    renderCapitalChart(teams);
    setTeams(teams.map(team => team.name));
    await Promise.all([renderBest(teams), renderTop(), loadSquad(), loadTransferPlayers()]);
    document.body.dataset.state = "ready";
  } catch (error) {
    document.body.dataset.state = "failed";
    showNotice(`The league could not be loaded: ${error.message}`, "error");
  }
}

// Changes can come in bursts (an import), and a live change can arrive while the page's own write
// reloads: one reload at a time, and one more after it for everything that came meanwhile. The promise
// ends with the reload that shows the league as it was when asked. refresh() shows its own failures
// and never rejects, so the chain always goes on.
let reloading = null;
let again = null;
function refreshSoon() {
  if (!reloading) {
    reloading = refresh().finally(() => {
      reloading = null;
    });
    return reloading;
  }

  again ??= reloading.then(() => {
    again = null;
    return refreshSoon();
  });
  return again;
}

function setTeams(names) {
  setOptions(squadTeam, names);
  setOptions(createForm.team, names);
  setOptions(transferForm.fromTeam, names);
  setOptions(transferForm.toTeam, names);
  if (transferForm.toTeam.value === transferForm.fromTeam.value && names.length > 1) {
    transferForm.toTeam.value = names.find(name => name !== transferForm.fromTeam.value);
  }
}

// Reports a failed partial reload without replacing the rest of the page.
const reload = load => () => load().catch(error => showNotice(error.message, "error"));

squadTeam.addEventListener("change", reload(loadSquad));
topForm.addEventListener("change", reload(renderTop));
topForm.addEventListener("submit", event => event.preventDefault());

// A last resort, so that a failure nobody caught is at least shown rather than lost in the console.
window.addEventListener("unhandledrejection", event => showNotice(`Something went wrong: ${event.reason?.message ?? event.reason}`, "error"));

wireForms(async team => {
  squadTeam.value = team;
  await refreshSoon();
});

refreshSoon();
followLeague(refreshSoon);
