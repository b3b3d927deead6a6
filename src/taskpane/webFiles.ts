/** The web shell's WebFiles: the app's .xlsx functions, loaded as a separate chunk. */
import type { XlsxWorkbook } from "../app/files";
import { loadFileTools } from "../app/hosts";
import type { WebFiles } from "./host";

export const appWebFiles: WebFiles = {
  async open(bytes, fileName) {
    const files = await loadFileTools();
    return files.openXlsx(bytes, fileName);
  },
  async sample() {
    const files = await loadFileTools();
    return (await files.sampleWorkbook()).book;
  },
  async save(port) {
    const files = await loadFileTools();
    // The web shell only ever holds workbooks that open() or sample() returned.
    return files.saveXlsx(port as XlsxWorkbook);
  },
};
