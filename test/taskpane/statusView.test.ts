import { defaultInputs } from '../../src/core/inputs/schema';
import { headlineOf } from '../../src/taskpane/integrations';
import { resultAnnouncement } from '../../src/taskpane/statusView';

describe('what a screen reader hears when the result arrives', () => {
  const report = { where: 'Downloaded business-case.xlsx.', headline: headlineOf(defaultInputs()), currency: 'USD' };

  test('the NPV and the ROI, whole money in the workbook\'s style, short', () => {
    const npv = Math.round(report.headline.npv);
    expect(resultAnnouncement(report)).toBe(`Business case ready. NPV USD ${npv.toLocaleString('en-US')}; risk-adjusted ROI 320%.`);
    expect(resultAnnouncement(report).length).toBeLessThan(90);
  });

  test('in the user\'s number style', () => {
    const npv = Math.round(report.headline.npv);
    expect(resultAnnouncement(report, 'de-DE')).toBe(`Business case ready. NPV USD ${npv.toLocaleString('de-DE')}; risk-adjusted ROI 320%.`);
  });

  test('with no headline, only that it is ready', () => {
    expect(resultAnnouncement({ ...report, headline: null })).toBe('Business case ready.');
  });
});
