/**
 * The review commands' words, added to the catalogues when this module loads: the review commands import it, so
 * their words are there before they say anything, and the pane's page does not carry them.
 */
import { addWords } from "./index";
import { reviewEnUS } from "./review.en-US";
import { reviewZhCN } from "./review.zh-CN";

addWords(reviewEnUS, reviewZhCN);
