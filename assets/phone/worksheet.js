// The participant's own worksheet, kept in this browser only. (Written next.)
"use strict";
