/** The programme itself: its regions and schools, and (with the induction workshop) who may join a circle. */
package kz.shamy.programme;
