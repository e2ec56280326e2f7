// The changes a visitor can make: transfer, sign and release players. Each asks for the API key once
// per tab and shows the API's problem details in the form that caused them.
import { ApiError, getSquad, path, send } from "./api.js";
import { forgetKey, requireKey } from "./apikey.js";
import { el } from "./dom.js";
import { latestOnly } from "./latest.js";
import { showNotice } from "./notice.js";

const transferForm = document.getElementById("transfer-form");
const createForm = document.getElementById("create-form");
const squadForm = document.getElementById("squad-form");
const squadTable = document.getElementById("squad-table");

const numberFields = ["appearances", "goals", "assists", "passes", "interceptions", "tackles", "fouls", "price"];

/** @param {(team: string) => Promise<void>} onChanged reloads the page's data and shows that team's squad. */
export function wireForms(onChanged) {
  transferForm.fromTeam.addEventListener("change", () => loadTransferPlayers().catch(e => showNotice(e.message, "error")));

  transferForm.addEventListener("submit", async event => {
    event.preventDefault();
    const body = { player: transferForm.player.value, fromTeam: transferForm.fromTeam.value, toTeam: transferForm.toTeam.value };
    const done = await change(transferForm, key => send("POST", "/api/transfers", key, body));
    if (done) {
      const { player, seller, buyer } = done.value;
      showNotice(`${player.name} moved from ${seller.name} to ${buyer.name} for ${player.price}.`, "success");
      await onChanged(buyer.name);
    }
  });

  createForm.addEventListener("submit", async event => {
    event.preventDefault();
    const body = {
      name: createForm.name.value.trim(),
      team: createForm.team.value,
      nationality: createForm.nationality.value.trim(),
      position: createForm.position.value,
      ...Object.fromEntries(numberFields.map(field => [field, Number(createForm[field].value)])),
    };
    const done = await change(createForm, key => send("POST", path("teams", body.team, "players"), key, body));
    if (done) {
      showNotice(`${body.name} signed for ${body.team}.`, "success");
      createForm.name.value = "";
      await onChanged(body.team);
    }
  });

  squadTable.addEventListener("click", async event => {
    const name = event.target.closest("button[data-release]")?.dataset.release;
    const team = squadForm.team.value;
    if (!name || !confirm(`Release ${name} from ${team}? This deletes the player.`)) {
      return;
    }

    if (await change(squadForm, key => send("DELETE", path("teams", team, "players", name), key))) {
      showNotice(`${name} left ${team}.`, "success");
      await onChanged(team);
    }
  });
}

/** Fills the transfer form's player list from the selling team's squad. */
export const loadTransferPlayers = latestOnly(
  () => getSquad(transferForm.fromTeam.value),
  players => {
    const chosen = transferForm.player.value;
    transferForm.player.replaceChildren(...players.map(p => el("option", { value: p.name }, `${p.name} (price ${p.price})`)));
    if (players.some(p => p.name === chosen)) {
      transferForm.player.value = chosen;
    }
  });

// Runs one change with the key. Returns { value } when it worked, null when it did not (the form says why).
async function change(form, action) {
  const box = form.querySelector(".form-error");
  box.hidden = true;
  form.querySelectorAll("[aria-invalid]").forEach(field => field.removeAttribute("aria-invalid"));

  const key = await requireKey();
  if (!key) {
    return fail(box, ["Nothing was changed: changes need the API key."]);
  }

  try {
    return { value: await action(key) };
  } catch (error) {
    if (!(error instanceof ApiError)) {
      return fail(box, [`The request did not reach the server: ${error.message}`]);
    }

    if (error.status === 401) {
      // A wrong key is asked for again on the next try.
      forgetKey();
    }

    Object.keys(error.fieldErrors).forEach(field => form.elements[field]?.setAttribute("aria-invalid", "true"));
    return fail(box, [error.message, ...error.fieldMessages]);
  }
}

function fail(box, lines) {
  box.replaceChildren(...lines.map(line => el("p", {}, line)));
  box.hidden = false;
  return null;
}
