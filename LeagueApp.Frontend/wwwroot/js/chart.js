// A horizontal bar chart in plain SVG: one bar per team, labelled with the value.
const svgNs = "http://www.w3.org/2000/svg";
const rowHeight = 34;
const labelWidth = 140;
const valueWidth = 44;
const width = 420;

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  if (text !== undefined) {
    node.textContent = String(text);
  }
  return node;
}

/** @param {{label: string, value: number}[]} bars */
export function barChart(title, bars) {
  const height = Math.max(1, bars.length) * rowHeight;
  const max = Math.max(1, ...bars.map(b => b.value));
  const barSpace = width - labelWidth - valueWidth;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, class: "bar-chart" });
  chart.append(svg("title", {}, title));
  bars.forEach((bar, i) => {
    const y = i * rowHeight;
    const length = Math.max(0, (bar.value / max) * barSpace);
    const row = svg("g", { class: "bar", "data-label": bar.label });
    row.append(
      svg("text", { x: labelWidth - 8, y: y + rowHeight / 2, class: "bar-label", "text-anchor": "end", "dominant-baseline": "middle" }, bar.label),
      svg("rect", { x: labelWidth, y: y + 6, width: length, height: rowHeight - 12, rx: 3, class: "bar-fill" }),
      svg("text", { x: labelWidth + length + 6, y: y + rowHeight / 2, class: "bar-value", "dominant-baseline": "middle" }, bar.value));
    chart.append(row);
  });
  return chart;
}
