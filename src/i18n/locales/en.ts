
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01a7b8909dab7c7c': `No data to show yet.`,
's6d98439ce9628ac8': str`… and ${0} more.`,
's90436864a3f3dc23': `The data cannot be shown.`,
'sa8ab8307201b61c9': `Loading data…`,
'saa5165f04e0850c7': str`The data may be out of date (last updated ${0}).`,
'sc67a6607965d36c6': str`There is no figure "${0}".`,
'sd287d715eb2b3a3e': `Try again`,
'sd3b0f04282307b98': `The data may be out of date.`,
'seb8e6193c2e47606': str`The data file has ${0} problems.`,
'sf3b320a64aab410e': `Details for administrators`,
'sfe5eb79cd90bced1': `The data file has 1 problem.`,
    };
  