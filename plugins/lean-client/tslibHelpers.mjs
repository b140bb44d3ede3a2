// The tslib helpers that the client code of Docusaurus' packages calls (compiled CommonJS, like
// `tslib_1.__importDefault(require(...))` in @docusaurus/utils-common). A CommonJS require of the
// whole tslib keeps all of it, 10 KB, in every page's main.js; this module keeps only these.
// tests/unit/lean-client/tslibHelpers.test.ts fails if a client file calls a helper missing here.
export {__createBinding, __exportStar, __importDefault, __importStar} from 'tslib/tslib.es6.mjs';
