/** The intake service: evaluation requests from first contact to the clinician's decision. */
package org.clinicops.intake;
