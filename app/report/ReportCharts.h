#pragma once

#include <QString>

#include <memory>
#include <vector>

class QChart;
struct ReportData;

// The charts of a report, in the order of its appendix, each with the file
// name the conference pack gives its PNG: one list for the PDF and the pack.
namespace ReportCharts {

struct Chart
{
    QString fileName; // "bieu-do-ty-le-viec-2021.png", …
    std::unique_ptr<QChart> chart;
};

std::vector<Chart> build(const ReportData &data);

} // namespace ReportCharts
