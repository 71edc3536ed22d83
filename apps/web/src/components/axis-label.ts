/**
 * Splits an axis label into lines of at most `width` characters, never breaking a word and never
 * cutting one off (the chart makes room for as many lines as the longest label needs). A lone
 * connector ("&", "van", "of") goes with the next word, a lone "/" with the previous, so no line
 * holds only a connector.
 */
export function wrapAxisLabel(text: string, width: number): string[] {
  const tokens: string[] = [];
  let carry = '';
  for (const word of text.replace(/\//g, '/ ').split(/\s+/).filter(Boolean)) {
    if (word === '/' && tokens.length > 0) {
      tokens[tokens.length - 1] = `${tokens.at(-1)} /`;
      continue;
    }
    const joined = carry ? `${carry} ${word}` : word;
    // Short connectors wait for the next word; anything else closes the token.
    if (word.length <= 3 && /^(&|\p{Ll}+)$/u.test(word)) carry = joined;
    else {
      tokens.push(joined);
      carry = '';
    }
  }
  if (carry) {
    if (tokens.length > 0) tokens[tokens.length - 1] = `${tokens.at(-1)} ${carry}`;
    else tokens.push(carry);
  }
  const lines: string[] = [];
  for (const token of tokens) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${token}`.length <= width)
      lines[lines.length - 1] = `${last} ${token}`;
    else lines.push(token);
  }
  return lines;
}
