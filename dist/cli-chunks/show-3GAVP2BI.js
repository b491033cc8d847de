import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  show,
  showRegistry
} from "./chunk-UUYBOGWD.js";
import "./chunk-S74ISPX7.js";
import "./chunk-2C5Y6HBM.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-A27M33QG.js";
import "./chunk-TFVPEV6A.js";
import "./chunk-X2WYGQIF.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  show,
  showRegistry
};
