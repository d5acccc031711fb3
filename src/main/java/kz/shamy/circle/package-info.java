/** Professional learning circles: a facilitator's school year with a school's teachers, their sessions and network event. */
package kz.shamy.circle;
