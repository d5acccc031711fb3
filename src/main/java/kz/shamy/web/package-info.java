/** Shamy's pages, sign-in, and the one place where failures become problem-detail responses. */
package kz.shamy.web;
