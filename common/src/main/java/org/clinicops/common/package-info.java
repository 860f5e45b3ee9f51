/** The platform kit every service runs on: its auto-configuration, and the features below it. */
package org.clinicops.common;
