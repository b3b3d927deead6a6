/**
 * The Định mức sheet's chart drawn as inline SVG: the same ChartSpec the Office.js adapter turns
 * into an Excel chart (categories and series as plain data), so the web page and the pane show
 * the same figures Excel plots. No chart library.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ChartSpec } from "../../domain/sheet/types";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  svg: { width: "100%", height: "auto", display: "block" },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: "2px", display: "inline-block" },
  swatch0: { backgroundColor: "#A5A5A5" },
  swatch1: { backgroundColor: "#2E7D32" },
});

const COLORS = ["#A5A5A5", "#2E7D32"];
const WIDTH = 320;
const PLOT_TOP = 10;
const PLOT_LEFT = 44;
const PLOT_RIGHT = 6;
const PLOT_HEIGHT = 150;
const LABEL_HEIGHT = 64;

/** A round top for the value axis: 1, 2 or 5 × a power of ten, at least the largest value. */
export function axisMax(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** 3.000.000 → "3 tr", 450.000 → "450 n": short labels for the axis. */
function shortMoney(n: number): string {
  if (n >= 1_000_000) return `${String(Math.round((n / 1_000_000) * 10) / 10).replace(".", ",")} tr`;
  if (n >= 1000) return `${Math.round(n / 1000)} n`;
  return String(n);
}

const money = new Intl.NumberFormat("vi-VN");

export function QuotaChart(props: { spec: ChartSpec; label: string }) {
  const s = useStyles();
  const { spec } = props;
  const n = spec.categories.length;
  const top = axisMax(spec.series.flatMap((x) => x.values));
  const plotWidth = WIDTH - PLOT_LEFT - PLOT_RIGHT;
  const slot = n ? plotWidth / n : plotWidth;
  const bar = Math.max(2, Math.min(22, (slot * 0.8) / Math.max(1, spec.series.length)));
  const y = (v: number) => PLOT_TOP + PLOT_HEIGHT - (v / top) * PLOT_HEIGHT;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const height = PLOT_TOP + PLOT_HEIGHT + LABEL_HEIGHT;
  return (
    <figure className={s.figure} data-testid="quota-chart">
      <figcaption className={s.caption}>{spec.title}</figcaption>
      <svg className={s.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={props.label} data-testid="quota-chart-svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PLOT_LEFT} x2={WIDTH - PLOT_RIGHT} y1={y(t)} y2={y(t)} stroke="#D0D0D0" strokeWidth={t === 0 ? 1 : 0.5} />
            <text x={PLOT_LEFT - 4} y={y(t) + 3} fontSize="8" textAnchor="end" fill="#605E5C">
              {shortMoney(t)}
            </text>
          </g>
        ))}
        {spec.categories.map((category, i) => {
          const x0 = PLOT_LEFT + i * slot + (slot - bar * spec.series.length) / 2;
          const cx = PLOT_LEFT + i * slot + slot / 2;
          return (
            <g key={`${category}-${i}`} data-testid="chart-category" data-category={category}>
              {spec.series.map((series, k) => {
                const v = series.values[i] ?? 0;
                return (
                  <rect
                    key={series.name}
                    x={x0 + k * bar}
                    y={y(v)}
                    width={bar - 1}
                    height={Math.max(0, PLOT_TOP + PLOT_HEIGHT - y(v))}
                    fill={COLORS[k % COLORS.length]}
                    data-testid="chart-bar"
                    data-series={series.name}
                    data-category={category}
                    data-value={v}
                  >
                    <title>{`${category} — ${series.name}: ${money.format(v)}`}</title>
                  </rect>
                );
              })}
              <text x={cx} y={PLOT_TOP + PLOT_HEIGHT + 8} fontSize="8" textAnchor="end" fill="#323130" transform={`rotate(-35 ${cx} ${PLOT_TOP + PLOT_HEIGHT + 8})`}>
                {category.length > 22 ? `${category.slice(0, 21)}…` : category}
              </text>
            </g>
          );
        })}
      </svg>
      <div className={s.legend}>
        {spec.series.map((series, k) => (
          <span key={series.name} className={s.key}>
            <span className={mergeClasses(s.swatch, k % 2 === 0 ? s.swatch0 : s.swatch1)} />
            {series.name}
          </span>
        ))}
      </div>
    </figure>
  );
}
