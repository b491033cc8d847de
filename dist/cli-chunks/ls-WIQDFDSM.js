import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  isTouched,
  ls,
  lsRows
} from "./chunk-6GJBANHT.js";
import "./chunk-EBTQKNEH.js";
import "./chunk-DCAMK6TN.js";
import "./chunk-4LCEGOUY.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-XZDXFT7T.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import "./chunk-ZKBZI36Q.js";
import "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-WFCPIERG.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";
export {
  isTouched,
  ls,
  lsRows
};
