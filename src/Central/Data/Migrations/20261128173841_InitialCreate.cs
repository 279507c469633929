using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KimHotspot.Central.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FlapCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CityBulletins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AllSites = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteIds = table.Column<string>(type: "TEXT", nullable: false),
                    Kecamatans = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangeSeq = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityBulletins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperatorAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperatorAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedLogins = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastLoginAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PendingRollups",
                columns: table => new
                {
                    SiteId = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingRollups", x => new { x.SiteId, x.Level, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "ReceivedReports",
                columns: table => new
                {
                    SiteId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BootId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SampledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Retimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedReports", x => new { x.SiteId, x.BootId, x.Seq });
                });

            migrationBuilder.CreateTable(
                name: "SiteDays",
                columns: table => new
                {
                    SiteId = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesIn = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesOut = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionStarts = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionEnds = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    DistinctDevices = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuLoadMax = table.Column<int>(type: "INTEGER", nullable: true),
                    CpuLoadSum = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryFreeMin = table.Column<long>(type: "INTEGER", nullable: true),
                    MemoryTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    RouterSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    RouterUnreachableSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reboots = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalUpSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalDownSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteDays", x => new { x.SiteId, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "SiteHours",
                columns: table => new
                {
                    SiteId = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesIn = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesOut = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionStarts = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionEnds = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    DistinctDevices = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuLoadMax = table.Column<int>(type: "INTEGER", nullable: true),
                    CpuLoadSum = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryFreeMin = table.Column<long>(type: "INTEGER", nullable: true),
                    MemoryTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    RouterSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    RouterUnreachableSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reboots = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalUpSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalDownSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteHours", x => new { x.SiteId, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "SiteMinutes",
                columns: table => new
                {
                    SiteId = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesIn = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesOut = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionStarts = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionEnds = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    DistinctDevices = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuLoadMax = table.Column<int>(type: "INTEGER", nullable: true),
                    CpuLoadSum = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryFreeMin = table.Column<long>(type: "INTEGER", nullable: true),
                    MemoryTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    RouterSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    RouterUnreachableSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reboots = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalUpSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    PortalDownSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteMinutes", x => new { x.SiteId, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kecamatan = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PortalUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReportInterval = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<long>(type: "INTEGER", nullable: false),
                    Event = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GaveUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteKeys_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_AlertId",
                table: "AlertDeliveries",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_DeliveredAt_GaveUp_NextAttemptAt",
                table: "AlertDeliveries",
                columns: new[] { "DeliveredAt", "GaveUp", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ClosedAt",
                table: "Alerts",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_SiteId_OpenedAt",
                table: "Alerts",
                columns: new[] { "SiteId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CityBulletins_ChangeSeq",
                table: "CityBulletins",
                column: "ChangeSeq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperatorAudits_At",
                table: "OperatorAudits",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_UserName",
                table: "Operators",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedReports_ReceivedAt",
                table: "ReceivedReports",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SiteKeys_SiteId",
                table: "SiteKeys",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "CityBulletins");

            migrationBuilder.DropTable(
                name: "OperatorAudits");

            migrationBuilder.DropTable(
                name: "Operators");

            migrationBuilder.DropTable(
                name: "PendingRollups");

            migrationBuilder.DropTable(
                name: "ReceivedReports");

            migrationBuilder.DropTable(
                name: "SiteDays");

            migrationBuilder.DropTable(
                name: "SiteHours");

            migrationBuilder.DropTable(
                name: "SiteKeys");

            migrationBuilder.DropTable(
                name: "SiteMinutes");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "Sites");
        }
    }
}
