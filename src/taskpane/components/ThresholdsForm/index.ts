export { ThresholdsForm, type ThresholdsFormProps } from "./ThresholdsForm";
