// A generated set of articles for the browser tests and the comparison benchmark: a third of
// the words from a short list of French function words, the rest made of random syllables
// (so unrelated articles share only function words), with `copies` paragraphs copied from
// article 2k into article 2k+1. mulberry32 makes it exact and repeatable.
//   node benches/article-set.mjs [articles] [copies] > set.jsonl
export function articleSet(count = 1000, copies = 40, paragraphs = 8, seed0 = 12345) {
  let seed = seed0;
  const rand = (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const syllables = "ba ko ri ne sa tu lo mi da ve po ga ru zi fe an el is on ur ma te li no pa ce du fo gi ho ja ki le mo nu pe qui ro su va".split(" ");
  const small = "le la les de des du un une et à en dans pour par sur avec qui que il elle est a ont".split(" ");
  const word = () => rand(3) === 0 ? small[rand(small.length)] : Array.from({ length: 2 + rand(3) }, () => syllables[rand(syllables.length)]).join("");
  const sentence = () => { const w = Array.from({ length: 8 + rand(14) }, word).join(" "); return w[0].toUpperCase() + w.slice(1) + "."; };
  const article = () => Array.from({ length: paragraphs }, () => Array.from({ length: 3 + rand(3) }, sentence).join(" ")).join("\n\n");
  const docs = Array.from({ length: count }, article);
  for (let i = 0; i < copies; i++) {
    const paragraph = docs[2 * i].split("\n\n")[2];
    docs[2 * i + 1] += "\n\n" + paragraph;
  }
  return docs.map((text, i) => ({ id: `a${i}`, text }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, copies] = process.argv.slice(2).map(Number);
  for (const doc of articleSet(count || 1000, Number.isNaN(copies) ? 40 : copies)) console.log(JSON.stringify(doc));
}
