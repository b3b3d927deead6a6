/**
 * Fluent UI themes in the green of Chung Sức's icon, light and dark, and the choice between them:
 * inside Office the pane follows Office's theme; in a browser it is light.
 */
import { createDarkTheme, createLightTheme, type BrandVariants, type Theme } from "@fluentui/react-components";

const brand: BrandVariants = {
  10: "#020503",
  20: "#0E1D12",
  30: "#12301A",
  40: "#153E20",
  50: "#174C26",
  60: "#195B2C",
  70: "#1B6A32",
  80: "#1E7A39",
  90: "#2F8848",
  100: "#409657",
  110: "#52A467",
  120: "#65B278",
  130: "#79BF89",
  140: "#8ECC9C",
  150: "#A5D8B0",
  160: "#BDE5C5",
};

export const lightTheme: Theme = createLightTheme(brand);

export const darkTheme: Theme = (() => {
  const t = createDarkTheme(brand);
  // Fluent's guidance for dark themes: lighter brand shades for text and links.
  t.colorBrandForeground1 = brand[110];
  t.colorBrandForeground2 = brand[120];
  t.colorBrandForegroundLink = brand[120];
  return t;
})();

/** True when a CSS colour like "#1F1F1F" is dark (relative luminance under one half). */
export function isDarkColor(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

/** Office's theme where the host exposes one (Office.context.officeTheme), else light. */
export function officeTheme(): Theme {
  try {
    const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    return isDarkColor(background) ? darkTheme : lightTheme;
  } catch {
    return lightTheme;
  }
}
