declare module 'jstat' {
  interface JStat {
    studentt: { inv(p: number, df: number): number; cdf(x: number, df: number): number };
    normal: { inv(p: number, mean: number, sd: number): number };
    beta: { inv(p: number, a: number, b: number): number };
  }
  const jStatModule: JStat & { jStat?: JStat };
  export default jStatModule;
}
