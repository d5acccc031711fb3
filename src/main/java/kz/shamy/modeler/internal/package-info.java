/** The modeler's drafts, checks, deployments, migrations and pages; nothing here is used by another feature. */
package kz.shamy.modeler.internal;
