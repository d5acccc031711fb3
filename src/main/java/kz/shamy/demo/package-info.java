/** Demo data for the embedded default (shamy.demo-data=true): one programme, its schools, people and a running circle. Demo only. */
package kz.shamy.demo;
