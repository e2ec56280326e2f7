// Players: the best of each team, the top of a position, and one team's squad with a search box.
import { getJson, getSquad, path } from "./api.js";
import { el } from "./dom.js";
import { latestOnly } from "./latest.js";

const bestCards = document.getElementById("best-players");
const topPosition = document.getElementById("top-position");
const topCount = document.getElementById("top-count");
const topList = document.getElementById("top-players");
const squadTeam = document.getElementById("squad-team");
const squadSearch = document.getElementById("squad-search");
const squadBody = document.querySelector("#squad-table tbody");
const squadEmpty = document.getElementById("squad-empty");

let squad = [];

squadSearch.addEventListener("input", showSquad);

const score = value => el("span", { class: "score", title: "Score" }, value);

// Short position labels keep a card's rows on one line; the full name is the tooltip.
const shortPositions = { Defender: "DEF", Midfielder: "MID", Forward: "FWD" };

export async function renderBest(teams) {
  const best = await Promise.all(teams.map(team => getJson(path("teams", team.name, "best"))));
  bestCards.replaceChildren(...teams.map((team, i) => el("article", { class: "card", "data-team": team.name },
    el("h3", {}, team.name),
    el("ul", {}, best[i].map(ranked => el("li", {},
      el("span", { class: "position", title: ranked.player.position }, shortPositions[ranked.player.position] ?? ranked.player.position),
      el("span", { class: "name" }, ranked.player.name),
      score(ranked.score)))))));
}

export const renderTop = latestOnly(
  () => getJson(`${path("positions", topPosition.value, "top")}?top=${Math.min(20, Math.max(1, topCount.valueAsNumber || 3))}`),
  ranked => topList.replaceChildren(...ranked.map(r => el("li", { "data-player": r.player.name },
    el("span", { class: "name" }, r.player.name),
    el("span", { class: "muted" }, r.player.team),
    score(r.score)))));

export const loadSquad = latestOnly(
  () => getSquad(squadTeam.value),
  players => {
    squad = players;
    showSquad();
  });

function showSquad() {
  const query = squadSearch.value.trim().toLowerCase();
  const shown = squad.filter(p => !query || [p.name, p.nationality, p.position].some(v => v.toLowerCase().includes(query)));
  squadBody.replaceChildren(...shown.map(p => el("tr", { "data-player": p.name },
    el("th", { scope: "row", class: "text" }, p.name),
    el("td", { class: "text optional" }, p.position),
    el("td", { class: "text optional" }, p.nationality),
    el("td", { class: "optional" }, p.appearances),
    el("td", {}, p.goals),
    el("td", { class: "optional" }, p.assists),
    el("td", {}, p.price),
    el("td", {}, el("button", {
      type: "button", class: "danger small", "data-release": p.name, "aria-label": `Release ${p.name}`,
    }, "Release")))));
  squadEmpty.hidden = shown.length > 0 || squad.length === 0;
}
