/**
 * The steps of the work, in order, as the task pane shows them and the CLI names them.
 * `built` says whether the capability exists yet: a step that is not built says so, everywhere.
 */
export interface Step {
  id: "input" | "validate" | "quota" | "reconcile" | "disclose" | "allocate" | "approve";
  vi: string;
  en: string;
  /** The CLI verbs that run this step. */
  verbs: string[];
  built: boolean;
}

export const STEPS: readonly Step[] = [
  { id: "input", vi: "Nhập liệu", en: "Input", verbs: ["inspect"], built: true },
  { id: "validate", vi: "Kiểm tra", en: "Check", verbs: ["validate", "normalize"], built: true },
  { id: "quota", vi: "Định mức", en: "Quotas", verbs: ["quota"], built: true },
  { id: "reconcile", vi: "Đối chiếu", en: "Reconcile", verbs: ["reconcile"], built: true },
  { id: "disclose", vi: "Công khai", en: "Disclosure", verbs: ["disclose"], built: true },
  { id: "allocate", vi: "Phân bổ", en: "Allocation", verbs: ["allocate"], built: true },
  { id: "approve", vi: "Phê duyệt", en: "Approval", verbs: [], built: true },
];

export function notBuiltMessage(step: Step): string {
  return `Bước "${step.vi}" chưa được xây dựng trong phiên bản này của Chung Sức; chưa có kết quả nào được tạo. (The "${step.en}" step is not built yet.)`;
}
