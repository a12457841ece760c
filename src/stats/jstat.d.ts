declare module 'jstat' {
  interface JStat {
    studentt: { inv(p: number, df: number): number; cdf(x: number, df: number): number };
    normal: { inv(p: number, mean: number, sd: number): number; cdf(x: number, mean: number, sd: number): number };
    beta: { inv(p: number, a: number, b: number): number };
    centralF: { cdf(x: number, df1: number, df2: number): number };
    ibeta(x: number, a: number, b: number): number;
    chisquare: { cdf(x: number, df: number): number };
  }
  const jStatModule: JStat & { jStat?: JStat };
  export default jStatModule;
}
