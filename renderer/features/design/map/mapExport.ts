import type { MapDrawing } from '../../../../shared/design/mapDrawing';
import { mapSvg } from '../../../../shared/design/mapSvg';
import { describeSave, saveFile } from '../../../platform';
import { errorMessage } from '../../../ui/fieldErrors';

/** Saves the map as a standalone SVG file through the app's save path; returns what to tell the user. */
export async function saveMapSvg(drawing: MapDrawing, heading: { title: string; meta: string }): Promise<string> {
  try {
    const saved = await saveFile('collaboration-map.svg', () => Promise.resolve(new Blob([mapSvg(drawing, heading)], { type: 'image/svg+xml' })), [{ name: 'SVG image', extensions: ['svg'] }]);
    return describeSave(saved, 'The collaboration map (SVG)');
  } catch (error) {
    return `The collaboration map could not be saved as SVG: ${errorMessage(error)}. Choose another folder and try again.`;
  }
}
