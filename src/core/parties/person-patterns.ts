/** Regex sources for how a person is written: «Жбанникова О.А.», «О.А. Жбанникова», «Т.И.Иванова». */
export const UPPER = "[А-ЯЁ]";
export const LOWER = "[а-яё]";
/** «Иванова», «Новикова-Белая». */
export const SURNAME = `${UPPER}${LOWER}+(?:-${UPPER}${LOWER}+)?`;
/** «О.А.», «О. А.», «О.А» (the last dot is often lost). */
export const INITIALS = `${UPPER}\\.\\s?${UPPER}\\.?`;
