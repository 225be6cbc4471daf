/** The entry module every page loads (a module script: it runs once the page has parsed). */
import { initAll } from "./modules";

initAll();
