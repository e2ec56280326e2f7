// The league table and the capital chart, both drawn from GET /api/teams.
import { barChart } from "./chart.js";
import { el } from "./dom.js";

const tableBody = document.querySelector("#league-table tbody");
const chartFigure = document.getElementById("capital-chart");

const signed = n => (n > 0 ? `+${n}` : String(n));

export function renderTable(teams) {
  tableBody.replaceChildren(...teams.map((team, i) => el("tr", { "data-team": team.name },
    el("td", {}, i + 1),
    el("th", { scope: "row", class: "text" }, team.name),
    el("td", { class: "optional" }, team.played),
    el("td", { class: "optional" }, team.won),
    el("td", { class: "optional" }, team.drawn),
    el("td", { class: "optional" }, team.lost),
    el("td", { class: "optional" }, team.goalsFor),
    el("td", { class: "optional" }, team.goalsAgainst),
    el("td", { class: "optional" }, signed(team.goalDifference)),
    el("td", { class: "points" }, team.points),
    el("td", { class: "capital" }, team.capital))));
}

export function renderCapitalChart(teams) {
  chartFigure.replaceChildren(
    barChart("Capital by team", teams.map(team => ({ label: team.name, value: team.capital }))),
    el("figcaption", {}, "What each club can spend. A transfer moves the player's price from the buyer to the seller."));
}
