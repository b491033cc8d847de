// A logistic score of x and y, with the weights of config.json.
export const DATA = '../../data/shared.csv';
export const predict = (row, c) =>
  1 / (1 + Math.exp(-c.scale * (row.x + c.wy * row.y - c.threshold)));
